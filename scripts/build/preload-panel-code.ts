// A Vite plugin for pages that load their code beside slower I/O (the side panel imports its app
// while it reads settings and the locale table, entrypoints/sidepanel/main.tsx): the chunks of the
// page entry's dynamic imports, with their static imports, are preloaded from the HTML, so the
// browser fetches and compiles them while it still loads the entry's own graph.
import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** `pages`: the pages' HTML source paths, by their end (e.g. "sidepanel/index.html") whose entries' dynamic imports are preloaded. */
export function preloadDynamicImports(pages: string[]): Plugin {
  return {
    name: 'daihou:preload-dynamic-imports',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk || !pages.some((p) => ctx.filename.endsWith(p))) return html;
        const bundle = ctx.bundle as Record<string, ChunkLike | { type: 'asset' }>;
        /** A chunk and its static imports, depth first. */
        const graph = (file: string, into: Set<string>): Set<string> => {
          const c = bundle[file];
          if (into.has(file) || !c || c.type !== 'chunk') return into;
          into.add(file);
          for (const dep of c.imports) graph(dep, into);
          return into;
        };
        // The entry's own static graph is preloaded already (Vite); only what its dynamic imports add.
        const entry = graph(ctx.chunk.fileName, new Set());
        const wanted = new Set<string>();
        for (const dyn of (ctx.chunk as unknown as ChunkLike).dynamicImports) graph(dyn, wanted);
        const extra = [...wanted].filter((f) => !entry.has(f));
        if (!extra.length) return html;
        const cssOf = (f: string) => [...((bundle[f] as ChunkLike).viteMetadata?.importedCss ?? [])];
        const css = extra.flatMap(cssOf).filter((f) => !html.includes(`/${f}"`));
        const links = [...extra.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`), ...css.map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`)];
        return html.replace(/\n?\s*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

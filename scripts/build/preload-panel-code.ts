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
  facadeModuleId: string | null;
  viteMetadata?: { importedCss: Set<string> };
}

/** `pages`: the pages' HTML source paths, by their end (e.g. "sidepanel/index.html") whose entries' dynamic imports are preloaded. */
export function preloadDynamicImports(pages: string[], opts: { skip?: RegExp } = {}): Plugin {
  return {
    name: 'daihou:preload-dynamic-imports',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk || !pages.some((p) => ctx.filename.endsWith(p))) return html;
        const bundle = ctx.bundle as Record<string, ChunkLike | { type: 'asset' }>;
        const chunkOf = (file: string): ChunkLike | null => {
          const c = bundle[file];
          return c && c.type === 'chunk' ? c : null;
        };
        const have = new Set<string>([ctx.chunk.fileName]);
        const add = (file: string, out: string[]) => {
          if (have.has(file)) return;
          have.add(file);
          const c = chunkOf(file);
          if (!c || (opts.skip && c.facadeModuleId && opts.skip.test(c.facadeModuleId))) return;
          out.push(file);
          for (const dep of c.imports) add(dep, out);
        };
        // The entry's own static graph is preloaded already (Vite); only what its dynamic imports add.
        const own = (file: string) => {
          const c = chunkOf(file);
          if (!c) return;
          for (const dep of c.imports) if (!have.has(dep)) (have.add(dep), own(dep));
        };
        own(ctx.chunk.fileName);
        const extra: string[] = [];
        for (const dyn of (ctx.chunk as unknown as ChunkLike).dynamicImports) add(dyn, extra);
        if (!extra.length) return html;
        const css = extra.flatMap((f) => [...(chunkOf(f)?.viteMetadata?.importedCss ?? [])]).filter((f) => !html.includes(`/${f}"`));
        const links = [...extra.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`), ...css.map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`)];
        return html.replace(/\n?\s*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

// The parameters of an ICU message, read from its text at the type level, so `t(key, params)`
// is checked: a missing or misspelt parameter is a compile error. Plural/number arguments take
// numbers; plain `{name}` arguments take text or numbers. Branch texts of a plural (`one {…}`)
// are not arguments, nor is a quoted `'{literal}'`. Only `{name}` / `{name, kind, …}` are understood — enough for these tables.

type Space = ' ' | '\n' | '\t';
type Trim<S extends string> = S extends `${Space}${infer R}` ? Trim<R> : S extends `${infer R}${Space}` ? Trim<R> : S;
type Before<S extends string, D extends string> = S extends `${infer A}${D}${string}` ? A : S;
/** What follows a `{` up to the next brace. */
type Segment<S extends string> = Before<Before<S, '}'>, '{'>;
type Selector = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' | `=${number}`;
/** A `{` that opens a plural/select branch rather than an argument. */
type OpensBranch<Pre extends string> = Trim<Pre> extends `${string}${' ' | ',' | '}' | '{'}${Selector}` | Selector ? true : false;
type Ident<S extends string> = S extends '' ? never : S extends `${string}${Space | '#' | "'" | '.'}${string}` ? never : S;
type Argument<Seg extends string> = Seg extends `${infer N},${infer K}`
  ? { name: Ident<Trim<N>>; numeric: Trim<Before<K, ','>> extends 'plural' | 'selectordinal' | 'number' ? true : false }
  : { name: Ident<Trim<Seg>>; numeric: false };

type Arguments<S extends string> = S extends `${infer P}{${infer R}`
  ? (OpensBranch<P> extends true ? never : P extends `${string}'` ? never : Argument<Segment<R>>) | Arguments<R>
  : never;

/** `{ count: number; name: string | number }` for a message's arguments; `undefined` when it has none. */
export type ParamsOf<S extends string> = [Arguments<S>['name']] extends [never]
  ? undefined
  : { [N in Arguments<S>['name']]: [Extract<Arguments<S>, { name: N; numeric: true }>] extends [never] ? string | number : number };

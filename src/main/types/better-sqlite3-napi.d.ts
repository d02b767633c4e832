// `better-sqlite3-napi` is an npm alias of better-sqlite3@13 (see src/main/index.ts): same API,
// so it takes the types of the better-sqlite3 package.
declare module 'better-sqlite3-napi' {
  import Database from 'better-sqlite3';
  export default Database;
}

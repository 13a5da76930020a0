// Set by wxt.config.ts (vite define): true only in the release build.
interface ImportMetaEnv {
  readonly DAIHOU_RELEASE?: boolean;
}

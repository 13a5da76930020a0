// `npm run zip`: the release build (scripts/build/distribution.ts: no demo origins, https-only
// optional hosts) into .output/chrome-mv3-release, zipped as .output/daihou-assist-<version>-chrome.zip.
import { BUILD_ENV } from './distribution';

process.env[BUILD_ENV] = 'release'; // read when wxt.config.ts loads, inside zip()
const { zip } = await import('wxt');
const files = await zip({});
console.log(files.join('\n'));

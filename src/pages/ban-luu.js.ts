// The offline copy's control script (components/offline/offline-control.ts and what it uses) as one
// file that the site's script imports when a page's "Lưu để đọc khi mất mạng" control comes near the
// screen (offline-boot.ts): pages whose readers never reach the control fetch none of it.
import { bundledScript } from '../lib/bundled-script.ts';

export const GET = bundledScript('src/components/offline/offline-control.ts');

// Where a finding is, in the user's words: the part of the case a finding's JSON Pointer names
// ("/protocol/noticePostedOn" is "Anslaget: datum uppsatt"), from the dictionaries' place.* texts.
// Indices are read as "*"; a pointer without a text of its own takes that of the nearest part
// holding it. The pointer itself is for integrations and stays on the element, not in the text.
import { t } from './i18n.js';

/** The user's name of the part of the case at pointer, or null when there is none. */
export function placeName(pointer) {
  if (!pointer) return null;
  const parts = String(pointer).split('/').slice(1).map((p) => (/^\d+$/.test(p) ? '*' : p));
  for (let n = parts.length; n > 0; n -= 1) {
    const name = t(`place./${parts.slice(0, n).join('/')}`, {}, null);
    if (name !== null) return name;
  }
  return null;
}

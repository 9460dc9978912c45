// JSON Merge Patch (RFC 7386) between two JSON values: the patch that turns `from` into `to`.
// Objects are compared member by member; arrays and everything else are replaced whole, and a
// member that is gone (or null) becomes null, which the API reads as "remove".

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function equal(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function present(value) {
  return value !== undefined && value !== null;
}

export function mergePatch(from, to) {
  if (!isObject(from) || !isObject(to)) return to === undefined ? null : to;
  const patch = {};
  for (const key of Object.keys(from)) {
    if (present(from[key]) && !present(to[key])) patch[key] = null;
  }
  for (const key of Object.keys(to)) {
    if (!present(to[key])) continue;
    if (!present(from[key])) patch[key] = to[key];
    else if (!equal(from[key], to[key])) {
      patch[key] = isObject(from[key]) && isObject(to[key]) ? mergePatch(from[key], to[key]) : to[key];
    }
  }
  return patch;
}

/** Applies a merge patch (used by the tests of the page and to show what a variant changes). */
export function applyPatch(target, patch) {
  if (!isObject(patch)) return patch;
  const result = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyPatch(result[key], value);
  }
  return result;
}

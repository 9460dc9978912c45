/** JSON reading and writing of the fact model, and JSON Merge Patch for what-if variants. */
package se.namndkoll.rules.json;

/** The committees of the seed documents, bundled as reference data. */
package se.namndkoll.rules.reference;

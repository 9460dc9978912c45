/**
 * Calendar arithmetic for statutory time limits: the Swedish public holidays of lag (1989:253) om
 * allmänna helgdagar and the roll-forward of a last day under lag (1930:173) om beräkning av
 * lagstadgad tid. Pure functions; the periods themselves (14 days, 2 days, three weeks) are in the
 * DMN models, not here.
 */
package se.namndkoll.rules.time;

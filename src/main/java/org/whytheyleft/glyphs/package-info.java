/**
 * Whether the shipped fonts can draw every character of the texts that go onto the social cards and the leaflets,
 * checked before anything is drawn or written.
 */
package org.whytheyleft.glyphs;

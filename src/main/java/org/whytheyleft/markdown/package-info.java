/** Turns page bodies into HTML once per build with flexmark, and checks their links, images and raw HTML. */
package org.whytheyleft.markdown;

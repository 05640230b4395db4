/** Reads the authors' Markdown pages and their headers, and reports every mistake in them before anything is baked. */
package org.whytheyleft.content;

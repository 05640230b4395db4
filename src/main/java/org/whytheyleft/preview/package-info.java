/**
 * The local preview: serves the baked site like GitHub Pages does, rebuilds it when a source file changes, and tells
 * the open page, which shows a failed build's problems and reloads itself after every build.
 */
package org.whytheyleft.preview;

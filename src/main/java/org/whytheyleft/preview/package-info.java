/** The local preview: serves the baked site like GitHub Pages does and rebuilds it when a source file changes. */
package org.whytheyleft.preview;

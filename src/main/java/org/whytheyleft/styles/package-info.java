/** After the bake: the stylesheet layers joined into the one file every page links. */
package org.whytheyleft.styles;

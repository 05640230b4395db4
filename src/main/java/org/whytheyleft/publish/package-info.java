/** Puts a finished bake in place of the previous site, so that a failed build never leaves half a site. */
package org.whytheyleft.publish;

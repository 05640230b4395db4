/** Puts a finished bake in place of the previous site in one step: no failed or killed build leaves half a site. */
package org.whytheyleft.publish;

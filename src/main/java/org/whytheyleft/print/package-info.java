/** The print leaflet of each language: one A4 sheet as a tagged PDF, made from a template with the site's fonts. */
package org.whytheyleft.print;

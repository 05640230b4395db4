/** The site as a whole, decided once before baking: each page's URL, its counterparts, chapter order and menus. */
package org.whytheyleft.model;

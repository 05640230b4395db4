/** The site build: content is read and checked, modelled, baked by JBake and put in place, in that order. */
package org.whytheyleft;

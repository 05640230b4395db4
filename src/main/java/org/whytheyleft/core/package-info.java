/** What every stage shares and no stage owns: a problem found in the input, the failure that stops a build, the names of the files a build writes. */
package org.whytheyleft.core;

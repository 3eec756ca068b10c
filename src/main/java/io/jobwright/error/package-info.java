/** The unchecked failures services throw; the web layer maps each to one envelope code. */
package io.jobwright.error;

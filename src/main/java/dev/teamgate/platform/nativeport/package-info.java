/** Native ports: an extra connector per vendor whose paths sit at the root, re-addressed under the vendor prefix. */
@NullMarked
package dev.teamgate.platform.nativeport;

import org.jspecify.annotations.NullMarked;

/** The contract each vendor contributes ({@code VendorApi}) and the registry of vendors. */
@NullMarked
package dev.teamgate.platform.vendor;

import org.jspecify.annotations.NullMarked;

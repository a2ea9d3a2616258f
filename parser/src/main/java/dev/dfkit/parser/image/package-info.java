/** Image references as Docker reads them ({@code [registry/]path[:tag][@digest]}). */
package dev.dfkit.parser.image;

/**
 * Output formats of dflint, one class each: text, json, sarif, checkstyle, github, gnu,
 * codeclimate.
 */
package dev.dfkit.lint.report;

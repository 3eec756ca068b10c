/**
 * Cross-cutting HTTP: the Javalin server, the JSON envelope, error mapping, request ids, access control and strict
 * request parsing. Knows no feature; features hand it {@link io.jobwright.web.RouteModule}s.
 */
package io.jobwright.web;

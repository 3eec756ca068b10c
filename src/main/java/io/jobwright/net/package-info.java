/**
 * Outbound HTTP for server-side fetches (job sources, URL import, careers-page detection): {@link
 * io.jobwright.net.SafeFetcher} refuses private and metadata addresses, caps sizes and time, retries politely and
 * spaces requests per host.
 */
package io.jobwright.net;

/** Startup configuration: environment variables, the data dir's properties file, and named defaults. */
package io.jobwright.config;

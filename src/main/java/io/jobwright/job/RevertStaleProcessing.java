package io.jobwright.job;
public final class RevertStaleProcessing { public RevertStaleProcessing(JobRepository r, io.jobwright.db.Dialect d, String i) {} public void atStartup() {} public void sweep() {} }

package io.jobwright.job;
public final class JobRepository { public JobRepository(org.jdbi.v3.core.Jdbi j, java.time.Clock c) {} }

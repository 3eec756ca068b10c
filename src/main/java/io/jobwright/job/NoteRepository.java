package io.jobwright.job;
public final class NoteRepository { public NoteRepository(org.jdbi.v3.core.Jdbi j, java.time.Clock c) {} }

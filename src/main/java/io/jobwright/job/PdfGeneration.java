package io.jobwright.job;
public final class PdfGeneration { public PdfGeneration(JobRepository r, io.jobwright.resume.ResumeService s, io.jobwright.ai.Tailor t, io.jobwright.render.ResumeRenderer rr, io.jobwright.render.PdfStore p, String i, java.time.Clock c) {} public void heartbeat() {} }

package io.jobwright.job;
public final class JobService { public JobService(JobRepository r, PdfGeneration g, io.jobwright.render.PdfStore p, io.jobwright.settings.SettingsService s, java.time.Clock c) {} }

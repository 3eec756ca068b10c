package io.jobwright.ai;
public interface Tailor {}

package io.jobwright.ai;
public final class PlainTailor implements Tailor {}

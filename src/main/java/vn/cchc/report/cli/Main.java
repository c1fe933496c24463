package vn.cchc.report.cli;
public final class Main { public static void main(String[] args) { } }

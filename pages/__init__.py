"""Thin pages: each reads state, asks indicators/ for results and hands them to components/."""

"""eventwire: dated news reports in, a geolocated, source-attributed event dataset out."""

__version__ = "0.1.0"

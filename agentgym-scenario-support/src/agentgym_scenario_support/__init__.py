"""The customer_support scenario: a simulated help desk with 11 tools and five ticket types."""

__version__ = "0.1.0"

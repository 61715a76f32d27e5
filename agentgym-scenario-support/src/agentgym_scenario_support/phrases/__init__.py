"""Phrase families per language for the customer_support ticket generator."""

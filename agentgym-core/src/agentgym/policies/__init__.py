"""Learnable numpy policies over sparse features; parameters are named numpy arrays."""

"""snapserver"""

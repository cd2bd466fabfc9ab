"""Reading a stream as it goes by: what each chunk adds, and the reasoning in windows."""

// publish module: placeholder until its first class lands.

if (args is ["convert", .. var rest]) { CertLint.Benchmarks.ConvertBenchmark.Run(rest); return; }
Console.WriteLine("benchmarks: see README");

global using Nhp.Importing;

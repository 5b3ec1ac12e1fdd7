global using Atlas.Client;
global using Snap = Atlas.Client.FlexBackupSnapshot;

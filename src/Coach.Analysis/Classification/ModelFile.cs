using Microsoft.ML;

namespace Coach.Analysis.Classification;

/// <summary>Saves and loads a task's model file, with errors that name the file.</summary>
public static class ModelFile
{
    public static TaskModel Load(MLContext ml, ClassifierTask task, string folder)
    {
        var path = Path.GetFullPath(Path.Combine(folder, task.FileName));
        if (!File.Exists(path))
        {
            throw new ModelLoadException(
                $"Model file '{path}' for task '{task.Name}' is missing. Train the models with the 'train' verb or point Coach:Models:Path at the folder that holds them.");
        }

        ITransformer model;
        DataViewSchema schema;
        try
        {
            model = ml.Model.Load(path, out schema);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ModelLoadException(
                $"Model file '{path}' for task '{task.Name}' is not a readable ML.NET model ({ex.GetType().Name}: {ex.Message}). Retrain it with the 'train' verb.", ex);
        }

        try
        {
            return new TaskModel(ml, task, model, schema, ModelVersion.Of(path));
        }
        catch (ModelLoadException ex)
        {
            throw new ModelLoadException($"Model file '{path}': {ex.Message} Retrain it with the 'train' verb.", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ModelLoadException(
                $"Model file '{path}' for task '{task.Name}' does not have the columns SalesCoach expects ({ex.Message}). Retrain it with the 'train' verb.", ex);
        }
    }

    public static void Save(MLContext ml, ITransformer model, DataViewSchema inputSchema, string folder, ClassifierTask task)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, task.FileName);
        var temp = path + ".tmp";
        ml.Model.Save(model, inputSchema, temp);
        File.Move(temp, path, overwrite: true);
    }
}

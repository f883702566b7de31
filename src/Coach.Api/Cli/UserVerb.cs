using System.CommandLine;
using System.Text;
using Coach.Api.Security;

namespace Coach.Api.Cli;

/// <summary>
/// <c>user add --name NAME --role admin|coach|rep [--team T] [--password P]</c> and <c>user list</c>: the people
/// who sign in, in the database the service uses from this folder (same configuration and connection string).
/// Without <c>--password</c> it asks for one on the terminal, or reads one line from standard input.
/// </summary>
public static class UserVerb
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Sign-in name.", Required = true };
        var role = new Option<string>("--role") { Description = "rep, coach or admin.", Required = true };
        var team = new Option<string?>("--team") { Description = "The team (reps and their coaches)." };
        var display = new Option<string?>("--display-name") { Description = "Name shown in the web client." };
        var password = new Option<string?>("--password") { Description = "Password (asked for when left out)." };
        var add = new Command("add", "Add a person who signs in.") { name, role, team, display, password };
        add.SetAction((parse, ct) => AddAsync(new UserChange(parse.GetValue(name), parse.GetValue(password), parse.GetValue(role),
            parse.GetValue(team), parse.GetValue(display)), ct));
        var list = new Command("list", "List the people who sign in.");
        list.SetAction((_, ct) => ListAsync(ct));
        return new Command("user", "Manage the people who sign in.") { add, list };
    }

    private static async Task<int> AddAsync(UserChange user, CancellationToken ct)
    {
        user = user with { Password = user.Password ?? AskPassword() };
        if (UserDirectory.Check(user, creating: true) is { Count: > 0 } errors)
        {
            foreach (var message in errors.Values.SelectMany(m => m))
            {
                Console.Error.WriteLine($"user add: {message}");
            }

            return 2;
        }

        await using var services = await CliStorage.OpenAsync(ct);
        if (!await services.GetRequiredService<UserDirectory>().AddAsync(user, ct))
        {
            Console.Error.WriteLine($"user add: a user named '{UserDirectory.Normalize(user.UserName!)}' exists.");
            return 2;
        }

        Console.WriteLine($"Added {UserDirectory.Normalize(user.UserName!)} ({user.Role}{(user.Team is null ? "" : ", team " + user.Team)}).");
        return 0;
    }

    private static async Task<int> ListAsync(CancellationToken ct)
    {
        await using var services = await CliStorage.OpenAsync(ct);
        foreach (var user in await services.GetRequiredService<UserDirectory>().ListAsync(ct))
        {
            Console.WriteLine($"{user.UserName,-24} {user.Role,-6} {user.Team ?? "-",-12} {user.DisplayName}");
        }

        return 0;
    }

    private static string AskPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        Console.Error.Write("Password: ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
